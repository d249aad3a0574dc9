import { describe, expect, it } from 'vitest';
import { answersOf, inputFor, MissingFormIdError } from './uphold-request';

describe('the PATCH input for one category', () => {
  it('direct: the category at the top of input — even when the hint carries a formId', () => {
    expect(inputFor('direct', { formId: 'f-1' }, 'details', { fullName: 'Jane Doe' })).toEqual({
      details: { fullName: 'Jane Doe' },
    });
  });

  it('questionnaire: the form id and the one category under answers', () => {
    expect(inputFor('questionnaire', { formId: 'f-1' }, 'intent', { 'expected-activities': ['x'] })).toEqual({
      formId: 'f-1',
      answers: { intent: { 'expected-activities': ['x'] } },
    });
  });

  it('a questionnaire without a form id cannot be answered', () => {
    expect(() => inputFor('questionnaire', {}, 'intent', {})).toThrow(MissingFormIdError);
  });

  it('reads the answers back from a process input in either style', () => {
    const answers = { intent: { 'expected-activities': ['x'] } };
    expect(answersOf('questionnaire', { formId: 'f-1', answers })).toEqual(answers);
    expect(answersOf('questionnaire', { intent: {} })).toEqual({});
    expect(answersOf('direct', { details: {} })).toEqual({ details: {} });
    expect(answersOf('direct', undefined)).toEqual({});
  });
});
