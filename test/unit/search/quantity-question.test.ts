import { describe, expect, it } from 'vitest';
import { asksQuantity } from '../../../widget/search/quantity-question';

describe('asksQuantity: a question that asks for a number', () => {
  it.each([
    'How many email addresses can I register per login ID?',
    'max how many login IDs can be registered to one email',
    'how much does the registration cost',
    'How long is the pre-registration period?',
    'we have many accounts, HOW MANY times must I pre-register',
  ])('"%s" does', (question) => expect(asksQuantity(question)).toBe(true));

  it.each([
    'Can I register the same email address for several login IDs?',
    'How does using a personal email address enhance security?',
    'how can I register many IDs',
    'is it okay to use one address for many login IDs',
    // "How often can I register?" is answered by "at any time": not asked as a number.
    'how often can I register',
  ])('"%s" does not', (question) => expect(asksQuantity(question)).toBe(false));
});
