import { describe, expect, it } from 'vitest';
import { realDataset } from '../../test/unit/fixtures';
import { bearsOn, figuresOfNote, notesOf } from './figureNotes';

const { quality } = realDataset();
const note = (id: string) => quality.find((q) => q.id === id)!;

describe('the notes that bear on a figure', () => {
  it('gives the count of 2009 projects the note that the 2009 list names examples, and not the 2008 count', () => {
    expect(notesOf(quality, { kind: 'plan-projects', planYears: [2009] })).toEqual(['list-examples-2009']);
    expect(notesOf(quality, { kind: 'plan-projects', planYears: [2008] })).toEqual([]);
  });

  it('gives the LasSe municipalities the document’s conflicting counts (60, 58 / 59) and its list’s disagreements', () => {
    const notes = notesOf(quality, { kind: 'lasse' });
    expect(notes).toContain('count-mismatch-lasse-participants-later-line-55');
    expect(notes).toContain('lasse-size-classes');
    expect(notes).toContain('list-disagreement-lasse-908');
    // The survey's respondents are not a count of participants.
    expect(notes).not.toContain('lasse-respondents');
  });

  it('bears a project’s note only on figures that count that project', () => {
    const missing = note('missing-cost-2008-pitkaaikaisasunnottomuuden-poistaminen');
    const ids = [missing.projectId!];
    expect(bearsOn(missing, { kind: 'cost', projectIds: ids, planYears: [2008] })).toBe(true);
    expect(bearsOn(missing, { kind: 'cost', projectIds: ['other'], planYears: [2008] })).toBe(false);
    // A count of projects is not changed by a missing cost.
    expect(bearsOn(missing, { kind: 'projects', projectIds: ids, planYears: [2008] })).toBe(false);
  });

  it('keeps a plan total’s possible explanation on the total, not on the row it names', () => {
    const gap = note('explanation-total-mismatch-2008-1');
    expect(bearsOn(gap, { kind: 'stated-total', planYears: [2008] })).toBe(true);
    expect(bearsOn(gap, { kind: 'cost', projectIds: [gap.projectId!], planYears: [2008] })).toBe(false);
  });

  it('names where a note is shown, for the sources page; a note on the text alone is shown at no figure', () => {
    expect(figuresOfNote(note('list-examples-2009'))).toEqual(['plan-projects', 'projects', 'administrators']);
    expect(figuresOfNote(note('lost-hyphen-stm-presentation-16-hyvinvointija'))).toEqual([]);
  });
});
