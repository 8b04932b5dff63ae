import { describe, expect, it } from 'vitest';
import { createController } from '../../widget/embed/controller';
import { createEmitter } from '../../widget/embed/events';

function setup() {
  const emitter = createEmitter();
  const events: string[] = [];
  emitter.on('open', () => events.push('open'));
  emitter.on('close', () => events.push('close'));
  const controller = createController(emitter);
  const changes: boolean[] = [];
  controller.subscribe((open) => changes.push(open));
  return { controller, events, changes };
}

describe('the controller the launcher and the app share', () => {
  it('tells each change once', () => {
    const { controller, events, changes } = setup();
    controller.open();
    controller.open();
    controller.close();
    controller.toggle();
    controller.toggle();
    controller.close();
    expect(events).toEqual(['open', 'close', 'open', 'close']);
    expect(changes).toEqual([true, false, true, false]);
  });

  it('keeps questions until the app takes them, then hands each on at once, trimmed; blank ones are dropped', () => {
    const { controller } = setup();
    controller.ask('  first  ');
    controller.ask('   ');
    controller.ask(undefined as unknown as string);
    expect(controller.isOpen).toBe(true);
    const taken: string[] = [];
    const release = controller.takeCommands(({ value }) => taken.push(value as string));
    expect(taken).toEqual(['first']);
    controller.ask('second');
    expect(taken).toEqual(['first', 'second']);
    release();
    controller.ask('third');
    expect(taken).toEqual(['first', 'second']);
    controller.takeCommands(({ value }) => taken.push(`again ${value as string}`));
    expect(taken).toEqual(['first', 'second', 'again third']);
  });

  it('lets go of a handler only if it is still the one in place', () => {
    const { controller } = setup();
    const taken: string[] = [];
    const releaseOld = controller.takeCommands(() => taken.push('old'));
    controller.takeCommands(({ value }) => taken.push(value as string));
    releaseOld();
    controller.ask('kept');
    expect(taken).toEqual(['kept']);
  });

  it('stops telling a listener that unsubscribed', () => {
    const { controller, changes } = setup();
    const heard: boolean[] = [];
    const stop = controller.subscribe((open) => heard.push(open));
    controller.open();
    stop();
    controller.close();
    expect(heard).toEqual([true]);
    expect(changes).toHaveLength(2);
  });

  it('tells its listeners of an article the app has not taken yet, so the facade loads the app, but not of settings', () => {
    const { controller } = setup();
    const heard: boolean[] = [];
    controller.subscribe((open) => heard.push(open));
    // Suggestions and a language wait for the app without starting it: pages set them on every view.
    controller.send({ name: 'suggest', value: ['shared-email'] });
    controller.send({ name: 'setLocale', value: 'ja' });
    expect(heard).toEqual([]);
    expect(controller.waiting).toBe(false);
    controller.send({ name: 'showArticle', value: 'shared-email' });
    expect(heard).toEqual([false]);
    expect(controller.waiting).toBe(true);
    const taken: string[] = [];
    controller.takeCommands((command) => taken.push(command.name));
    expect(taken).toEqual(['suggest', 'setLocale', 'showArticle']);
    expect(controller.waiting).toBe(false);
    controller.takeCommands(() => {});
    controller.send({ name: 'suggest', value: [] });
    expect(heard).toEqual([false]);
  });

  it('closes, runs every teardown once, and ignores everything after destroy', () => {
    const { controller, changes } = setup();
    const order: string[] = [];
    controller.onDestroy(() => order.push('first'));
    controller.onDestroy(() => order.push('second'));
    controller.open();
    controller.destroy();
    controller.destroy();
    expect(order).toEqual(['first', 'second']);
    expect(controller.destroyed).toBe(true);
    expect(controller.isOpen).toBe(false);
    const taken: unknown[] = [];
    controller.takeCommands((command) => taken.push(command));
    controller.ask('after');
    controller.open();
    expect(taken).toEqual([]);
    expect(controller.isOpen).toBe(false);
    expect(changes.at(-1)).toBe(false);
  });
});
