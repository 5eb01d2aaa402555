import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithStore } from '../../test/unit/render';
import { UpdateNote } from './UpdateNote';
import { offerUpdate } from './updateNote';

afterEach(cleanup);

describe('UpdateNote', () => {
  it('says nothing until a new release waits, then offers the reload in the page’s language', async () => {
    renderWithStore(<UpdateNote />, { lang: 'sv' });
    expect(screen.queryByTestId('update-note')).toBeNull();
    const reload = vi.fn();
    act(() => offerUpdate(reload));
    expect(screen.getByRole('status')).toHaveTextContent('En ny utgåva finns tillgänglig – uppdatera sidan.');
    await userEvent.click(screen.getByRole('button', { name: 'Uppdatera' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
