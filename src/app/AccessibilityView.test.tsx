import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderWithStore } from '../../test/unit/render';
import { Feedback } from './AccessibilityView';

afterEach(cleanup);

describe('the accessibility statement’s feedback', () => {
  it('promises an answer and links the channel where the build has one', () => {
    renderWithStore(<Feedback channel={{ issueUrl: null, email: 'palaute@example.org' }} />, { lang: 'sv' });
    expect(screen.getByText(/Vi svarar inom 14 dagar/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skicka e-post: palaute@example.org' })).toHaveAttribute(
      'href',
      'mailto:palaute@example.org',
    );
  });

  it('promises nothing without a channel and sends the reader to the supervisory authority', () => {
    renderWithStore(<Feedback channel={{ issueUrl: null, email: null }} />, { lang: 'sv' });
    expect(screen.queryByText(/Meddela oss|14 dagar/)).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/direkt till tillsynsmyndigheten/)).toBeInTheDocument();
  });
});
