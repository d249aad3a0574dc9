import { afterEach, describe, expect, it, vi } from 'vitest';
import { Profiler } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UISchemaElement } from '@jsonforms/core';
import { FormHarness } from '../../../testing/form-harness';
import { PAINT_FALLBACK_MS } from '../../after-paint';
import { optionsMatching } from './combobox-parts';
import {
  changesNothingShown,
  pickerTypingGate,
  SETTLE_DELAY_MS,
  type PickerState,
} from './quiet-picker-typing';

const OPTIONS = [{ label: 'Employed' }, { label: 'Retired' }, { label: 'Student' }];
const state = (heard: string, more: Partial<PickerState<{ label: string }>> = {}) => ({
  heard,
  open: true,
  chosenLabel: undefined,
  matching: (text: string) => optionsMatching(OPTIONS, text),
  ...more,
});

describe('changesNothingShown', () => {
  it('is true only when the open list would show the very same options', () => {
    expect(changesNothingShown('stu', state('st'))).toBe(true);
    expect(changesNothingShown('rex', state('rx'))).toBe(true); // no option either way
    expect(changesNothingShown('e', state('x'))).toBe(false); // Employed, Retired, Student instead of none
    expect(changesNothingShown('stu', state('st', { open: false }))).toBe(false); // the key opens the list
    expect(changesNothingShown('', state('s'))).toBe(false); // an empty input clears the choice
    expect(changesNothingShown('s', state(''))).toBe(false);
    // The chosen option's label lists every option until the person types.
    expect(changesNothingShown('Studentx', state('Student', { chosenLabel: 'Student' }))).toBe(false);
    expect(changesNothingShown('Student', state('Studen', { chosenLabel: 'Student' }))).toBe(false);
  });

  it('matches as the list does: anywhere in the label, case and accents aside', () => {
    const cafe = [{ label: 'Café' }, { label: 'Tea' }];
    expect(optionsMatching(cafe, 'CAFE')).toEqual([{ label: 'Café' }]);
    expect(optionsMatching(cafe, 'fé')).toEqual([{ label: 'Café' }]);
    expect(optionsMatching(cafe, '')).toEqual(cafe);
  });
});

describe('pickerTypingGate', () => {
  afterEach(() => vi.useRealTimers());

  /** An input whose picker heard "st"; returns how often it is told what the input holds. */
  function gated() {
    vi.useFakeTimers();
    const input = document.createElement('input');
    document.body.append(input);
    const gate = pickerTypingGate(input, () => state('st'));
    let told = 0;
    input.addEventListener('input', () => void told++);
    const typed = (text: string) => {
      input.value = text;
      return gate.passes(new InputEvent('input'));
    };
    return { gate, typed, told: () => told };
  }

  it('keeps back a key that changes nothing shown and tells the picker after a pause in typing', () => {
    const { typed, told, gate } = gated();
    expect(typed('stu')).toBe(false);
    vi.advanceTimersByTime(SETTLE_DELAY_MS - 50);
    expect(typed('stud')).toBe(false);
    vi.advanceTimersByTime(SETTLE_DELAY_MS - 50); // typing went on: not yet
    expect(told()).toBe(0);
    vi.advanceTimersByTime(50);
    expect(told()).toBe(1);
    gate.stop();
  });

  it('tells the picker of a key that changes its list once the frame showing the character is out', async () => {
    const { typed, told, gate } = gated();
    expect(typed('e')).toBe(false); // Employed, Retired, Student instead of Student only
    expect(typed('ex')).toBe(false);
    expect(told()).toBe(0);
    await vi.advanceTimersByTimeAsync(PAINT_FALLBACK_MS); // a page that draws no frame: the fallback
    expect(told()).toBe(1); // once for both keys
    gate.stop();
  });

  it('tells the picker before any other key, a press of the pointer, and as soon as its options change', () => {
    const { typed, told, gate } = gated();
    typed('stu');
    gate.keyDown(new KeyboardEvent('keydown', { key: 'x' }));
    expect(told()).toBe(0);
    gate.keyDown(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(told()).toBe(1);
    typed('stud');
    window.dispatchEvent(new Event('pointerdown'));
    expect(told()).toBe(2);
    typed('stude');
    gate.optionsChanged();
    vi.advanceTimersByTime(0);
    expect(told()).toBe(3);
    vi.advanceTimersByTime(SETTLE_DELAY_MS);
    expect(told()).toBe(3); // told once
    gate.stop();
  });

  it('lets on the keys that act in the picker, not those that type a character', () => {
    const { gate } = gated();
    const passes = (key: string, more: KeyboardEventInit = {}) =>
      gate.passes(new KeyboardEvent('keydown', { key, ...more }));
    expect(passes('a')).toBe(false);
    expect(passes(' ')).toBe(false);
    expect(passes('ArrowDown')).toBe(true);
    expect(passes('Enter')).toBe(true);
    expect(passes('Backspace')).toBe(true);
    expect(passes('v', { ctrlKey: true })).toBe(true);
    expect(gate.passes(new Event('selectionchange'))).toBe(false);
    gate.stop();
  });
});

const schema = {
  type: 'object',
  properties: {
    employment: {
      type: 'string',
      oneOf: [
        { const: 'employed', title: 'Employed' },
        { const: 'retired', title: 'Retired' },
        { const: 'student', title: 'Student' },
      ],
    },
  },
};
const uischema = {
  type: 'Control',
  scope: '#/properties/employment',
  label: 'Employment',
} as UISchemaElement;

function renderPicker(initial = {}) {
  const seen: unknown[] = [];
  let commits = 0;
  const ui = (description?: string) => (
    <Profiler id="form" onRender={() => void commits++}>
      <FormHarness
        schema={{
          ...schema,
          properties: { employment: { ...schema.properties.employment, description } },
        }}
        uischema={uischema}
        initial={initial}
        onData={(d) => seen.push(d)}
      />
    </Profiler>
  );
  const view = render(ui());
  return {
    seen,
    commits: () => commits,
    input: screen.getByRole('combobox', { name: 'Employment' }),
    rerender: (description: string) => view.rerender(ui(description)),
  };
}

describe('typing in a picker', () => {
  afterEach(() => vi.useRealTimers());

  it('renders nothing for a key that changes nothing shown, and tells the picker after a pause', async () => {
    const user = userEvent.setup();
    const picker = renderPicker();
    await user.click(picker.input);
    await user.keyboard('x'); // no option matches: the list closes
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    // The pause is measured on a clock that stands still until the test moves it: on a loaded machine the keys
    // themselves may come further apart than the pause.
    vi.useFakeTimers({ toFake: ['performance'] });
    const before = picker.commits();
    // Keys further apart, in real time, than the pause: as a loaded machine may deliver them.
    await userEvent.setup({ delay: SETTLE_DELAY_MS + 20 }).keyboard('yzw');
    expect(picker.input).toHaveValue('xyzw');
    expect(picker.commits()).toBe(before);
    // After the pause the picker hears the text: one render.
    vi.advanceTimersByTime(SETTLE_DELAY_MS);
    await waitFor(() => expect(picker.commits()).toBeGreaterThan(before));
    expect(picker.input).toHaveValue('xyzw');
  });

  it('acts on what the input holds: Enter chooses the option highlighted for the whole text', async () => {
    const user = userEvent.setup();
    const picker = renderPicker();
    await user.click(picker.input);
    // "r" lists Retired; "re", "ret" change nothing shown; "retx" lists nothing; Backspace lists Retired again.
    await user.keyboard('retx');
    await waitFor(() => expect(screen.queryByRole('option')).toBeNull());
    await user.keyboard('{Backspace}');
    expect(await screen.findByRole('option', { name: 'Retired' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(picker.seen.at(-1)).toEqual({ employment: 'retired' }));
    expect(picker.input).toHaveValue('Retired');
  });

  it('leaving the field puts the chosen option back, whatever was typed since', async () => {
    const user = userEvent.setup();
    const picker = renderPicker({ employment: 'student' });
    expect(picker.input).toHaveValue('Student');
    await user.click(picker.input);
    await user.keyboard('{ArrowRight}xyz'); // the text is selected on focus
    expect(picker.input).toHaveValue('Studentxyz');
    await user.tab();
    expect(picker.input).toHaveValue('Student');
    // Nothing but the choice it had was written.
    expect(picker.seen).toEqual(picker.seen.map(() => ({ employment: 'student' })));
  });

  it('never loses what was typed to a render from elsewhere', async () => {
    const user = userEvent.setup();
    const picker = renderPicker();
    await user.click(picker.input);
    await user.keyboard('stu');
    picker.rerender('What you do most of the week.');
    expect(picker.input).toHaveAccessibleDescription('What you do most of the week.');
    expect(picker.input).toHaveValue('stu');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(picker.seen.at(-1)).toEqual({ employment: 'student' }));
  });
});
