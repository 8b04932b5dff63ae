import { describe, expect, it } from 'vitest';
import { createController } from '../../widget/embed/controller';
import { createEmitter } from '../../widget/embed/events';

function setup() {
  const emitter = createEmitter();
  const events: string[] = [];
  emitter.on('open', () => events.push('open'));
  emitter.on('close', () => events.push('close'));
  const controller = createController(emitter);
  const changes: { open: boolean; restoreFocus: boolean }[] = [];
  controller.subscribe((change) => changes.push(change));
  return { controller, events, changes };
}

describe('the controller the launcher and the app share', () => {
  it('tells each change once, and whether focus should go back to the launcher', () => {
    const { controller, events, changes } = setup();
    controller.open();
    controller.open();
    controller.close();
    controller.toggle();
    controller.toggle();
    controller.open();
    controller.close({ restoreFocus: false });
    expect(events).toEqual(['open', 'close', 'open', 'close', 'open', 'close']);
    expect(changes).toEqual([
      { open: true, restoreFocus: false },
      { open: false, restoreFocus: true },
      { open: true, restoreFocus: true },
      { open: false, restoreFocus: true },
      { open: true, restoreFocus: false },
      { open: false, restoreFocus: false },
    ]);
  });

  it('keeps questions until the app takes them, then hands each on at once, trimmed; blank ones are dropped', () => {
    const { controller } = setup();
    controller.ask('  first  ');
    controller.ask('   ');
    controller.ask(undefined as unknown as string);
    expect(controller.isOpen).toBe(true);
    const taken: string[] = [];
    const release = controller.takeQuestions((question) => taken.push(question));
    expect(taken).toEqual(['first']);
    controller.ask('second');
    expect(taken).toEqual(['first', 'second']);
    release();
    controller.ask('third');
    expect(taken).toEqual(['first', 'second']);
    controller.takeQuestions((question) => taken.push(`again ${question}`));
    expect(taken).toEqual(['first', 'second', 'again third']);
  });

  it('lets go of a handler only if it is still the one in place', () => {
    const { controller } = setup();
    const taken: string[] = [];
    const releaseOld = controller.takeQuestions(() => taken.push('old'));
    controller.takeQuestions((question) => taken.push(question));
    releaseOld();
    controller.ask('kept');
    expect(taken).toEqual(['kept']);
  });

  it('stops telling a listener that unsubscribed', () => {
    const { controller, changes } = setup();
    const heard: boolean[] = [];
    const stop = controller.subscribe(({ open }) => heard.push(open));
    controller.open();
    stop();
    controller.close();
    expect(heard).toEqual([true]);
    expect(changes).toHaveLength(2);
  });
});
