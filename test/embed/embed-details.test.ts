// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { averagePrecisionAtK, mean, precisionAt1, precisionAtK } from '../../build/cli/eval-metrics';
import { createController } from '../../widget/embed/controller';
import { createEmitter } from '../../widget/embed/events';
import { createPublicApi, replayQueuedCalls } from '../../widget/embed/public-api';
import { isSafeUrl } from '../../widget/safe-url';

describe('small rules that a slip would break quietly', () => {
  it('refuses a scheme only at the start of the address', () => {
    expect(isSafeUrl('/search?q=javascript:alert(1)')).toBe(true);
    expect(isSafeUrl('faq#x:1')).toBe(true);
  });

  it('keeps every handler of an event; one that is no function breaks neither the emit nor the others', () => {
    const emitter = createEmitter();
    const heard: string[] = [];
    emitter.on('open', () => heard.push('a'));
    emitter.on('open', () => heard.push('b'));
    const stop = emitter.on('open', 'not a function' as unknown as () => void);
    expect(() => emitter.emit('open', {})).not.toThrow();
    expect(heard).toEqual(['a', 'b']);
    expect(typeof stop).toBe('function');
  });

  it('closes the panel through the API, and a queued ask without a question asks nothing', () => {
    const emitter = createEmitter();
    const controller = createController(emitter);
    const api = createPublicApi('test', controller, emitter);
    api.open();
    api.close();
    expect(controller.isOpen).toBe(false);
    const asked: string[] = [];
    controller.takeCommands(({ value }) => asked.push(value as string));
    replayQueuedCalls(api, [['ask', []]]);
    expect(asked).toEqual([]);
    expect(controller.isOpen).toBe(false);
  });

  it('computes the evaluation metrics at their edges', () => {
    expect(precisionAt1([], new Set(['a']))).toBe(0);
    expect(precisionAt1([], new Set([undefined as unknown as string]))).toBe(0);
    expect(precisionAtK(['a', 'b', 'a2'], new Set(['a', 'a2']), 2)).toBe(0.5);
    expect(averagePrecisionAtK(['a'], new Set(), 10)).toBe(0);
    expect(mean([])).toBe(0);
    expect(mean([1, 2])).toBe(1.5);
  });
});
