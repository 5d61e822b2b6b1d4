/**
 * A record typed in a form grid and saved with the version it started from (a monitoring report, a
 * self-evaluation): saving sends that version and starts again from what the server answers; a 409 keeps the
 * draft for the conflict dialog; a 400 places the server's field messages at their cells. Problems found while
 * typing show only in the parts the user changed, and the saved record's findings only in the others.
 */
import type { UseMutationResult } from '@tanstack/react-query';
import { App } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError, messageOf } from '../api/client';

/** Problems by cell (`<owner>:<field>`). */
export type Problems = Map<string, string>;

/** Someone saved the record first: the record as it is now, its version, who saved it and when. */
export interface VersionConflict<T> {
  theirs: T;
  currentVersion: number;
  who: string | null;
  when: string | null;
  message: string;
}

/** The version conflict a save ran into (409, `details.reason = 'version'`), or null for any other failure. */
export function versionConflictOf<T>(error: unknown, isRecord: (value: unknown) => value is T): VersionConflict<T> | null {
  if (!(error instanceof ApiError) || error.status !== 409 || error.details.reason !== 'version') return null;
  const { current, currentVersion, updatedBy, updatedAt } = error.details;
  if (!isRecord(current) || typeof currentVersion !== 'number') return null;
  const who = typeof updatedBy === 'object' && updatedBy !== null && 'displayName' in updatedBy && typeof updatedBy.displayName === 'string' ? updatedBy.displayName : null;
  return { theirs: current, currentVersion, who, when: typeof updatedAt === 'string' ? updatedAt : null, message: error.message };
}

/** A cell's owner: what comes before its first ':' (`project`, an indicator's id …). */
const ownerOf = (cell: string): string => cell.slice(0, cell.indexOf(':'));

/** Problems of the cells whose owner is among `owners`. */
export function problemsWithin(problems: Problems, owners: ReadonlySet<string>): Problems {
  return new Map([...problems].filter(([cell]) => owners.has(ownerOf(cell))));
}

/**
 * The saved record's findings of a cell, or none where its owner changed since the save: they are about what was
 * saved, and the problems found while typing show there instead until the next save checks it.
 */
export function savedFindingsOf<F>(byCell: ReadonlyMap<string, F[]>, changed: ReadonlySet<string>): (cell: string) => F[] {
  return (cell) => (changed.has(ownerOf(cell)) ? [] : (byCell.get(cell) ?? []));
}

/** How one kind of record is drafted, checked and sent; `current` is the record as the page has it now. */
export interface DraftRules<T, D, R> {
  draftOf: (record: T) => D;
  requestOf: (current: T, draft: D, expectedVersion: number) => R;
  problemsOf: (current: T, draft: D) => Problems;
  /** The owners (`project`, an indicator's id …) whose cells differ between the saved draft and this one. */
  changedOwners: (saved: D, draft: D) => Set<string>;
  fieldProblemsOf: (error: unknown, draft: D) => Problems;
  conflictOf: (error: unknown) => VersionConflict<T> | null;
  /** What the user is told after a save (the saved record's findings may still hold errors). */
  savedMessage: (saved: T) => string;
}

export function useVersionedDraft<T extends { version: number }, D, R>(current: T, rules: DraftRules<T, D, R>, save: UseMutationResult<T, Error, R>) {
  const [base, setBase] = useState(current);
  const [draft, setDraft] = useState<D>(() => rules.draftOf(current));
  const [conflict, setConflict] = useState<VersionConflict<T> | null>(null);
  const { message, modal } = App.useApp();
  const restart = (saved: T) => {
    setBase(saved);
    setDraft(rules.draftOf(saved));
    setConflict(null);
  };
  const saved = useMemo(() => rules.draftOf(base), [rules, base]);
  const dirty = JSON.stringify(rules.requestOf(current, draft, 0)) !== JSON.stringify(rules.requestOf(current, saved, 0));
  const fieldProblems = useMemo(() => rules.fieldProblemsOf(save.error, draft), [rules, save.error, draft]);
  const changed = useMemo(() => rules.changedOwners(saved, draft), [rules, saved, draft]);
  const problems = useMemo(() => new Map([...fieldProblems, ...problemsWithin(rules.problemsOf(current, draft), changed)]), [rules, fieldProblems, current, draft, changed]);
  const send = (version: number) =>
    save.mutate(rules.requestOf(current, draft, version), {
      onSuccess: (answer) => {
        restart(answer);
        void message.success(rules.savedMessage(answer));
      },
      onError: (error) => {
        const found = rules.conflictOf(error);
        if (found) setConflict(found);
        else if (rules.fieldProblemsOf(error, draft).size === 0) void modal.error({ title: '没有保存', content: messageOf(error) });
      },
    });
  return {
    base,
    draft,
    setDraft,
    dirty,
    /** The owners whose cells differ from the saved record. */
    changed,
    problems,
    conflict,
    saving: save.isPending,
    save: () => send(base.version),
    overwrite: () => conflict && send(conflict.currentVersion),
    keepTheirs: () => conflict && restart(conflict.theirs),
    discard: () => restart(base),
  };
}
