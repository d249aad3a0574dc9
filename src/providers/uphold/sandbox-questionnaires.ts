// The sandbox's questionnaire hints (customer due diligence, crypto risk assessment, self-categorisation), in
// the shape of Uphold's published examples — kebab-case keys, multi-selects, `unevaluatedProperties`, HTML in
// descriptions, a conditional question — written in our own words. Some grow once a category is answered.
import type { JsonSchema7 } from '@jsonforms/core';
import {
  category,
  choices,
  control,
  formHint,
  scopeOf,
  showWhen,
  type HintCategory,
} from './sandbox-hint-kit';
import type { KycHint } from './uphold-types';

type Answers = Record<string, unknown>;

export const FORM_IDS = {
  customerDueDiligence: '3f6c2a9e-8d41-4b7a-9c0e-5a1d2b3c4d5e',
  cryptoRiskAssessment: '9b2e7c14-6a3f-4d58-b1e2-7c8d9e0f1a2b',
  selfCategorizationStatement: 'c4d5e6f7-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  w9: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
} as const;

const oneOfString = (title: string, pairs: ReadonlyArray<readonly [string, string]>): JsonSchema7 => ({
  title,
  type: 'string',
  oneOf: choices(pairs),
});

const intent: HintCategory = {
  key: 'intent',
  schema: {
    type: 'object',
    title: 'How will you use Uphold?',
    description:
      'Choose everything that applies.<br>It helps Uphold notice activity that does not look like yours.',
    unevaluatedProperties: false,
    properties: {
      'expected-activities': {
        title: 'What will you do with your account?',
        type: 'array',
        uniqueItems: true,
        minItems: 1,
        maxItems: 4,
        items: {
          type: 'string',
          oneOf: choices([
            ['buy-sell-crypto', 'Buy and sell crypto'],
            ['send-money-abroad', 'Send money abroad'],
            ['pay-friends', 'Pay friends and family'],
            ['hold-other-currencies', 'Keep savings in other currencies'],
            ['receive-salary', 'Receive my salary'],
          ]),
        },
      },
    },
    required: ['expected-activities'],
  } as JsonSchema7,
  ui: category('Your plans', [control('Planned activities', scopeOf('intent', 'expected-activities'))]),
};

const FUNDS = scopeOf('financial-information', 'source-of-funds');

const money: HintCategory = {
  key: 'financial-information',
  schema: {
    type: 'object',
    title: 'Your money',
    description:
      'Uphold asks everyone this. Your answers are <i>not</i> shared with the service you signed up through.',
    unevaluatedProperties: false,
    properties: {
      'source-of-funds': oneOfString('Where does most of your money come from?', [
        ['salary', 'Salary or wages'],
        ['own-business', 'My own business'],
        ['savings-investments', 'Savings or investments'],
        ['inheritance-gift', 'An inheritance or a gift'],
        ['other', 'Something else'],
      ]),
      'source-of-funds-details': {
        title: 'Where does it come from?',
        type: 'string',
        minLength: 2,
        maxLength: 200,
      },
      'annual-income-range': oneOfString('What is your yearly income before tax?', [
        ['0-20000-GBP', 'Under £20,000'],
        ['20000-50000-GBP', '£20,000 to £50,000'],
        ['50000-100000-GBP', '£50,000 to £100,000'],
        ['100000-or-more-GBP', '£100,000 or more'],
      ]),
    },
    required: ['source-of-funds', 'annual-income-range'],
    if: { properties: { 'source-of-funds': { const: 'other' } }, required: ['source-of-funds'] },
    then: { required: ['source-of-funds-details'] },
  } as JsonSchema7,
  ui: category('Your money', [
    control('Main source of money', FUNDS),
    showWhen(
      control('Other source of money', scopeOf('financial-information', 'source-of-funds-details')),
      FUNDS,
      'other',
    ),
    control('Yearly income', scopeOf('financial-information', 'annual-income-range')),
  ]),
};

/** Customer due diligence: the plans first; once they are answered, the money questions. */
export function customerDueDiligenceHint(answers: Answers): KycHint {
  const categories = answers.intent === undefined ? [intent] : [intent, money];
  return formHint(FORM_IDS.customerDueDiligence, categories);
}

const AGREEMENT = [
  ['strongly-agree', 'Strongly agree'],
  ['agree', 'Agree'],
  ['neither', 'Neither agree nor disagree'],
  ['disagree', 'Disagree'],
  ['strongly-disagree', 'Strongly disagree'],
] as const;

/** Crypto risk assessment: two categories from the start. */
export function cryptoRiskAssessmentHint(): KycHint {
  return formHint(FORM_IDS.cryptoRiskAssessment, [
    {
      key: 'experience',
      schema: {
        type: 'object',
        title: 'Your experience with crypto',
        unevaluatedProperties: false,
        properties: {
          'crypto-experience': oneOfString('How often have you bought or sold crypto?', [
            ['never', 'Never'],
            ['a-few-times', 'A few times'],
            ['regularly', 'Regularly'],
          ]),
          'loss-understanding': oneOfString('If the price of your crypto falls, what could happen?', [
            ['lose-all', 'I could lose all the money I put in'],
            ['protected', 'My money is protected, like a bank deposit'],
            ['guaranteed', 'Uphold gives me my money back'],
          ]),
        },
        required: ['crypto-experience', 'loss-understanding'],
      } as JsonSchema7,
      ui: category('Experience', [
        control('Crypto experience', scopeOf('experience', 'crypto-experience')),
        control('What a fall in price means', scopeOf('experience', 'loss-understanding')),
      ]),
    },
    {
      key: 'attitude-towards-risk',
      schema: {
        type: 'object',
        title: 'Your attitude to risk',
        description:
          'Crypto prices can rise or fall sharply within hours.<br>Answer for how you would really feel.',
        unevaluatedProperties: false,
        properties: {
          'willingness-to-fluctuations': oneOfString(
            'I am comfortable with the value of my crypto going up and down sharply.',
            AGREEMENT,
          ),
        },
        required: ['willingness-to-fluctuations'],
      } as JsonSchema7,
      ui: category('Attitude to risk', [
        control('Comfort with price swings', scopeOf('attitude-towards-risk', 'willingness-to-fluctuations')),
      ]),
    },
  ]);
}

const INVESTOR_TYPES = [
  ['restricted_investor', 'Everyday investor'],
  ['high_net_worth_investor', 'High-net-worth investor'],
  ['sophisticated_investor', 'Certified sophisticated investor'],
] as const;

const YES_NO = [
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;

/** Self-categorisation: the investor type first; then the statement for that type. */
export function selfCategorizationHint(answers: Answers): KycHint {
  const investor: HintCategory = {
    key: 'investor',
    schema: {
      type: 'object',
      title: 'Which type of investor are you?',
      description:
        'The FCA, the UK financial regulator, sorts investors into <b>three types</b>. Choose the one that describes you best.',
      unevaluatedProperties: false,
      properties: { type: oneOfString('Investor type', INVESTOR_TYPES) },
      required: ['type'],
    } as JsonSchema7,
    ui: category('Investor type', [control('Investor type', scopeOf('investor', 'type'))]),
  };
  const chosen = (answers.investor as { type?: unknown } | undefined)?.type;
  if (chosen === undefined) return formHint(FORM_IDS.selfCategorizationStatement, [investor]);
  const typeName = INVESTOR_TYPES.find(([value]) => value === chosen)?.[1] ?? 'Investor';
  const DECLARATION = 'investor-declaration';
  const statement: HintCategory = {
    key: DECLARATION,
    schema: {
      type: 'object',
      title: `${typeName} statement`,
      description: 'Answer about the last 12 months and the next 12 months.',
      unevaluatedProperties: false,
      properties: {
        'invested-less-than-10-percent': oneOfString(
          'In the last 12 months, did you put less than 10% of your net assets into high-risk investments?',
          YES_NO,
        ),
        'will-invest-less-than-10-percent': oneOfString(
          'In the next 12 months, will you keep high-risk investments under 10% of your net assets?',
          YES_NO,
        ),
        confirmation: {
          title: 'I confirm these answers are true',
          type: 'boolean',
          const: true,
          errorMessage: { const: 'Tick the box to confirm your statement.' },
        },
      },
      required: ['invested-less-than-10-percent', 'will-invest-less-than-10-percent', 'confirmation'],
    } as JsonSchema7,
    ui: category('Your statement', [
      control('Last 12 months', scopeOf(DECLARATION, 'invested-less-than-10-percent')),
      control('Next 12 months', scopeOf(DECLARATION, 'will-invest-less-than-10-percent')),
      control('I confirm these answers are true', scopeOf(DECLARATION, 'confirmation')),
    ]),
  };
  return formHint(FORM_IDS.selfCategorizationStatement, [investor, statement]);
}
