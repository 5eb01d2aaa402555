import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, createEvent, fireEvent, render, screen } from '@testing-library/react';
import { resetStore } from '../../test/unit/fixtures';
import { useAppStore } from '../state/store';
import { AppLink } from './AppLink';

beforeEach(() => {
  resetStore();
  useAppStore.setState({ lang: 'sv', filters: { ...useAppStore.getState().filters, years: ['2009'] } });
});
afterEach(cleanup);

const link = () => screen.getByRole('link', { name: 'Proomu' });

describe('AppLink', () => {
  it('is a real link to the target state, language and filters included', () => {
    render(<AppLink to={{ view: 'projects', project: '2008-proomu-hanke' }}>Proomu</AppLink>);
    expect(link()).toHaveAttribute('href', '/sv/projects/2008-proomu-hanke/?year=2009');
  });

  it('handles a plain click in the app', () => {
    render(<AppLink to={{ view: 'projects', project: '2008-proomu-hanke' }}>Proomu</AppLink>);
    const click = createEvent.click(link(), { button: 0 });
    fireEvent(link(), click);
    expect(click.defaultPrevented).toBe(true);
    expect(useAppStore.getState()).toMatchObject({
      view: 'projects',
      selectedProjectId: '2008-proomu-hanke',
      lang: 'sv',
    });
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }])(
    'leaves %o to the browser',
    (modifier) => {
      render(<AppLink to={{ view: 'projects', project: '2008-proomu-hanke' }}>Proomu</AppLink>);
      const click = createEvent.click(link(), { button: 0, ...modifier });
      fireEvent(link(), click);
      expect(click.defaultPrevented).toBe(false);
      expect(useAppStore.getState()).toMatchObject({ view: 'overview', selectedProjectId: null });
    },
  );

  it('follows the store: a changed filter changes the href', () => {
    render(<AppLink to={{ view: 'projects' }}>Proomu</AppLink>);
    act(() => useAppStore.getState().toggleFilterValue('years', '2008'));
    expect(link()).toHaveAttribute('href', '/sv/projects/?year=2009,2008');
  });
});
