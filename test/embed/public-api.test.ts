import { afterEach, describe, expect, it, vi } from 'vitest';
import { createController } from '../../widget/embed/controller';
import { createEmitter } from '../../widget/embed/events';
import { createPublicApi, replayQueuedCalls, type AskdownApi } from '../../widget/embed/public-api';

afterEach(() => vi.restoreAllMocks());

/** An API whose every call is written down, and whose `ask` fails for the question "fail". */
function recordingApi(): { api: AskdownApi; calls: string[] } {
  const calls: string[] = [];
  const api: AskdownApi = {
    version: 'test',
    open: () => void calls.push('open'),
    close: () => void calls.push('close'),
    toggle: () => void calls.push('toggle'),
    showArticle: (id) => void calls.push(`showArticle ${id}`),
    suggest: (ids) => void calls.push(`suggest ${ids.join(' ')}`),
    setLocale: (locale) => void calls.push(`setLocale ${locale}`),
    destroy: () => void calls.push('destroy'),
    ask: (question) => {
      if (question === 'fail') throw new Error('cannot ask');
      calls.push(`ask ${question}`);
    },
    on: (event) => {
      calls.push(`on ${event}`);
      return () => {};
    },
  };
  return { api, calls };
}

describe('replaying the calls queued by the stub', () => {
  it('runs them in the order they were made', () => {
    const { api, calls } = recordingApi();
    const handler = () => {};
    replayQueuedCalls(api, [['on', ['answer', handler]], ['open', []], ['ask', ['first']], ['close', []], ['ask', ['second']], ['toggle', []]]);
    expect(calls).toEqual(['on answer', 'open', 'ask first', 'close', 'ask second', 'toggle']);
  });

  it('queues the web teams\' calls like any other', () => {
    const { api, calls } = recordingApi();
    replayQueuedCalls(api, [['suggest', [['which-email', 'shared-email']]], ['showArticle', ['shared-email']], ['setLocale', ['ja']], ['destroy', []]]);
    expect(calls).toEqual(['suggest which-email shared-email', 'showArticle shared-email', 'setLocale ja', 'destroy']);
  });

  it('reports a failing call in the console and still runs the ones after it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { api, calls } = recordingApi();
    replayQueuedCalls(api, [['ask', ['fail']], ['ask', ['after']], 'not a call', ['unknown', []], ['open', { length: 0 }]]);
    expect(calls).toEqual(['ask after', 'open']);
    expect(error).toHaveBeenCalledWith('Askdown:', expect.objectContaining({ message: 'cannot ask' }));
  });

  it('takes arguments whose conversion to text throws without throwing itself', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { api, calls } = recordingApi();
    const hostile = { toString: () => { throw new Error('no text'); } };
    expect(() => replayQueuedCalls(api, [['ask', [hostile]], ['open', []]])).not.toThrow();
    expect(calls).toEqual(['open']);
  });
});

describe('window.Askdown', () => {
  it('never throws into the host page: a failure inside the widget goes to the console', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const emitter = createEmitter();
    const controller = createController(emitter);
    controller.takeCommands(() => {
      throw new Error('matcher bug');
    });
    const api = createPublicApi('test', controller, emitter);
    expect(() => api.ask('anything')).not.toThrow();
    expect(error).toHaveBeenCalledWith('Askdown:', expect.objectContaining({ message: 'matcher bug' }));
    expect(controller.isOpen).toBe(true);
  });

  it('passes what it is asked on as text', () => {
    const emitter = createEmitter();
    const controller = createController(emitter);
    const asked: string[] = [];
    controller.takeCommands(({ value }) => asked.push(value as string));
    createPublicApi('test', controller, emitter).ask(42 as unknown as string);
    expect(asked).toEqual(['42']);
  });

  it('hands showArticle, suggest and setLocale to the app as commands, opening nothing itself', () => {
    const emitter = createEmitter();
    const controller = createController(emitter);
    const api = createPublicApi('test', controller, emitter);
    api.showArticle('shared-email');
    api.suggest(['which-email']);
    api.setLocale('ja');
    expect(controller.isOpen).toBe(false);
    const taken: unknown[] = [];
    controller.takeCommands((command) => taken.push(command));
    expect(taken).toEqual([
      { name: 'showArticle', value: 'shared-email' },
      { name: 'suggest', value: ['which-email'] },
      { name: 'setLocale', value: 'ja' },
    ]);
  });

  it('destroys through the controller, after which no call does anything', () => {
    const emitter = createEmitter();
    const controller = createController(emitter);
    const teardown = vi.fn();
    controller.onDestroy(teardown);
    const api = createPublicApi('test', controller, emitter);
    api.destroy();
    api.destroy();
    expect(teardown).toHaveBeenCalledTimes(1);
    api.open();
    api.ask('anything');
    expect(controller.isOpen).toBe(false);
  });
});
