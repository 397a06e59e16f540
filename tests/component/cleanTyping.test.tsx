import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { cleanTyping } from '../../src/ui/cleanTyping';

/** A form as the app's are: controlled fields whose state is what gets saved. */
function Form() {
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  const [secret, setSecret] = useState('');
  return (
    <form>
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Notes <textarea value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <label>
        Passphrase{' '}
        <input type="password" value={secret} onChange={(e) => setSecret(e.target.value)} />
      </label>
      <output aria-label="saved">{JSON.stringify({ name, notes, secret })}</output>
    </form>
  );
}

const saved = () =>
  JSON.parse(screen.getByLabelText('saved').textContent ?? '{}') as Record<string, string>;

beforeAll(() => cleanTyping());

describe('typing into any field of the app', () => {
  it('takes control characters and overrides out of a name before the form sees them', async () => {
    render(<Form />);
    const name = screen.getByLabelText('Name');
    await userEvent.click(name);
    await userEvent.paste('Jor\u0000dan\u202E Ade\u0007');
    expect(name).toHaveValue('Jordan Ade');
    expect(saved().name).toBe('Jordan Ade');
    // The caret stays where the typing was: what comes next goes on the end.
    await userEvent.type(name, 's');
    expect(saved().name).toBe('Jordan Ades');
  });

  it('keeps line ends and tabs in notes but takes the rest out', () => {
    render(<Form />);
    fireEvent.input(screen.getByLabelText('Notes'), {
      target: { value: 'Seen\tat the garages\r\nTwice\u0000\u200B' },
    });
    expect(saved().notes).toBe('Seen\tat the garages\nTwice');
  });

  it('changes nothing when only an unwanted character was typed', () => {
    render(<Form />);
    const name = screen.getByLabelText('Name');
    fireEvent.input(name, { target: { value: 'Ali' } });
    fireEvent.input(name, { target: { value: 'Ali\u0007' } });
    expect(name).toHaveValue('Ali');
    expect(saved().name).toBe('Ali');
  });

  it('cleans what was typed into the focused field before it was loaded, and tells the form', () => {
    render(<Form />);
    const name = screen.getByLabelText('Name');
    name.focus();
    // As the browser leaves the field when the keystroke came before the cleaning was loaded.
    Reflect.set(HTMLInputElement.prototype, 'value', 'Kay\u202Eden', name);
    cleanTyping();
    expect(name).toHaveValue('Kayden');
    expect(saved().name).toBe('Kayden');
  });

  it('leaves a passphrase exactly as typed', () => {
    render(<Form />);
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'tab\there\u0007' } });
    expect(saved().secret).toBe('tab\there\u0007');
  });
});
