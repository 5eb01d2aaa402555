import { describe, expect, it } from 'vitest';
import { reportBody, reportHref } from './report';

const content = {
  title: 'Virhe hankkeen tiedoissa: Proomu (proomu)',
  facts: [
    ['Sivu', 'https://example.org/projects/proomu/?year=2008'],
    ['Hanke', 'proomu – Proomu-hanke'],
    ['Luku', 'Kustannus 120 000 €'],
  ] as Array<[string, string]>,
  sources: ['Lähderivit', ['000_34c4f4e8cbac8681.txt, rivit 120–121: "Proomu | Lahti | 120 000"']] as [
    string,
    string[],
  ],
  intro: 'Kuvaile, mikä tieto on väärin:',
};

describe('problem report', () => {
  it('names the page, the project, the figure and its source lines', () => {
    expect(reportBody(content)).toBe(
      'Sivu: https://example.org/projects/proomu/?year=2008\nHanke: proomu – Proomu-hanke\nLuku: Kustannus 120 000 €\n' +
        'Lähderivit:\n- 000_34c4f4e8cbac8681.txt, rivit 120–121: "Proomu | Lahti | 120 000"\n\nKuvaile, mikä tieto on väärin:\n',
    );
  });

  it('opens the repository’s issue form with title and body encoded, and the e-mail only without one', () => {
    const issue = reportHref({ issueUrl: 'https://github.com/o/r/issues/new', email: 'a@b.fi' }, content);
    expect(issue?.kind).toBe('issue');
    const url = new URL(issue!.href);
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe(content.title);
    expect(url.searchParams.get('body')).toBe(reportBody(content));
    const mail = reportHref({ issueUrl: null, email: 'a@b.fi' }, content);
    expect(mail?.kind).toBe('email');
    expect(mail?.href.startsWith('mailto:a@b.fi?subject=Virhe%20hankkeen')).toBe(true);
    expect(decodeURIComponent(mail!.href.split('&body=')[1]!)).toBe(reportBody(content));
  });

  it('gives no link when no channel is configured', () => {
    expect(reportHref({ issueUrl: null, email: null }, content)).toBeNull();
  });
});
