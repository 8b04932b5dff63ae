/**
 * The sharded pack reader's entry (`dist/askdown-shards.js`), loaded by the app when its content is a sharded
 * pack's manifest: the single pack's matcher over files fetched as questions need them, handed over through an
 * event on its own <script>, so it adds no global.
 */
import { announceScript } from './embed/panel-contract';
import { openShardedContent } from './shards/open-sharded-content';

announceScript(openShardedContent);
