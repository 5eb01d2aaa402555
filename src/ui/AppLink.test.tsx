import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, createEvent, fireEvent, screen } from '@testing-library/react';
import { renderWithStore } from '../../test/unit/render';
import { EMPTY_FILTERS } from '../state/types';
import { AppLink } from './AppLink';

afterEach(cleanup);

/** On a Swedish page with the 2009 plan chosen. */
const render = (ui: ReactElement) =>
  renderWithStore(ui, { lang: 'sv', filters: { ...EMPTY_FILTERS, years: ['2009'] } });

const link = () => screen.getByRole('link', { name: 'Proomu' });

describe('AppLink', () => {
  it('is a real link to the target state, language and filters included', () => {
    render(<AppLink to={{ view: 'projects', project: '2008-proomu-hanke' }}>Proomu</AppLink>);
    expect(link()).toHaveAttribute('href', '/sv/projects/2008-proomu-hanke/?year=2009');
  });

  it('handles a plain click in the app', () => {
    const { store } = render(<AppLink to={{ view: 'projects', project: '2008-proomu-hanke' }}>Proomu</AppLink>);
    const click = createEvent.click(link(), { button: 0 });
    fireEvent(link(), click);
    expect(click.defaultPrevented).toBe(true);
    expect(store.getState()).toMatchObject({
      view: 'projects',
      selectedProjectId: '2008-proomu-hanke',
      lang: 'sv',
    });
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }])(
    'leaves %o to the browser',
    (modifier) => {
      const { store } = render(<AppLink to={{ view: 'projects', project: '2008-proomu-hanke' }}>Proomu</AppLink>);
      const click = createEvent.click(link(), { button: 0, ...modifier });
      fireEvent(link(), click);
      expect(click.defaultPrevented).toBe(false);
      expect(store.getState()).toMatchObject({ view: 'overview', selectedProjectId: null });
    },
  );

  it('follows the store: a changed filter changes the href', () => {
    const { store } = render(<AppLink to={{ view: 'projects' }}>Proomu</AppLink>);
    act(() => store.getState().toggleFilterValue('years', '2008'));
    expect(link()).toHaveAttribute('href', '/sv/projects/?year=2009,2008');
  });
});
