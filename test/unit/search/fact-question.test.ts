import { describe, expect, it } from 'vitest';
import { asksFactNotAsked } from '../../../widget/search/fact-question';

const RULE = ['Can I register the same email address for several login IDs?', 'Is it possible to use one address for many IDs?'];

describe('asksFactNotAsked: a question asking for a number or a date that the article never asks for', () => {
  it.each([
    'How many email addresses can I register per login ID?',
    'max how many login IDs can be registered to one email',
    'how much does the registration cost',
    'How long is the pre-registration period?',
    'we have many accounts, HOW MANY times must I pre-register',
    'When does the pre-registration period end?',
    'when will pre-registration start',
    'when is the period over',
    'pre-registration deadline?',
    // Found by a stranger's try (a web team's), answered with confidence before.
    'until when can I pre-register?',
  ])('"%s" does', (question) => expect(asksFactNotAsked(question, RULE)).toBe(true));

  it.each([
    'Can I register the same email address for several login IDs?',
    'How does using a personal email address enhance security?',
    'how can I register many IDs',
    'is it okay to use one address for many login IDs',
    // Answered by "at any time": not asked as a number or a date.
    'how often can I register',
    'When can I register my email address?',
    'when is the weekend',
  ])('"%s" does not', (question) => expect(asksFactNotAsked(question, RULE)).toBe(false));

  it('lets a question through when one of the article\'s phrasings asks for a number or a date too', () => {
    expect(asksFactNotAsked('How many login IDs can I have?', [...RULE, 'How many IDs can one person hold?'])).toBe(false);
    expect(asksFactNotAsked('When does pre-registration end?', ['What is the pre-registration deadline?'])).toBe(false);
  });
});
