/**
 * One cell of the target table, editable in place. Keyboard: Enter (or a double click) edits; while editing,
 * Enter saves (Shift+Enter starts a new line), Escape cancels, Tab saves and moves to the next cell
 * (Shift+Tab the previous); Alt+↑/↓ on a cell moves its indicator. A cell with findings carries a marker in
 * its corner; the cell a finding was clicked for is highlighted.
 */
import { Input, Tooltip } from 'antd';
import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { StoredFindingJson } from '../../api/review';
import { severityLabels } from '../../components/labels';

export interface EditableCellProps {
  cell: string;
  value: string;
  editable: boolean;
  /** Saves the new text; resolves true when saved (the cell closes), false to keep editing. */
  onSave?: (value: string) => Promise<boolean>;
  findings?: StoredFindingJson[];
  highlighted?: boolean;
  rowSpan?: number;
  colSpan?: number;
  className?: string;
  /** How the value reads when not editing (default: the text). */
  view?: ReactNode;
  /** Shown under the editor while typing (e.g. how the target is read). */
  hint?: (draft: string) => ReactNode;
  onMove?: (direction: -1 | 1) => void;
  label: string;
}

/** Focuses the next (or previous) cell of the table, in reading order. */
function focusSibling(from: HTMLElement, step: 1 | -1): void {
  const cells = [...document.querySelectorAll<HTMLElement>('td[data-cell][tabindex]')];
  const index = cells.findIndex((cell) => cell === from || cell.contains(from));
  cells[index + step]?.focus();
}

/** Editing starts with the caret after the text, as in a spreadsheet's F2. */
function caretToEnd(event: FocusEvent<HTMLTextAreaElement>): void {
  const end = event.currentTarget.value.length;
  event.currentTarget.setSelectionRange(end, end);
}

function Marker({ findings }: { findings: StoredFindingJson[] }) {
  const worst = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning') ?? findings[0];
  if (!worst) return null;
  const title = findings.map((f) => `【${severityLabels[f.severity]}】${f.message}`).join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{title}</span>}>
      <span className={`cell-marker cell-marker-${worst.severity}`} aria-label={`${findings.length} 个审核发现`} data-testid="cell-marker" />
    </Tooltip>
  );
}

/**
 * The editing state of a cell: the draft (null when not editing), whether it is being saved, and the keys.
 * After a save, `then` runs with the cell (focus it again, or move to the next one).
 */
function useCellEditing({ value, editable, onSave, onMove }: Pick<EditableCellProps, 'value' | 'editable' | 'onSave' | 'onMove'>) {
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async (td: HTMLElement, then: (td: HTMLElement) => void) => {
    if (draft === null || !onSave) return;
    if (draft !== value) {
      setSaving(true);
      const saved = await onSave(draft).finally(() => setSaving(false));
      if (!saved) return;
    }
    setDraft(null);
    then(td);
  };
  const keysWhileViewing = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && onMove) {
      event.preventDefault();
      onMove(event.key === 'ArrowUp' ? -1 : 1);
    } else if ((event.key === 'Enter' || event.key === 'F2') && editable && event.target === event.currentTarget) {
      event.preventDefault();
      setDraft(value);
    }
  };
  const keysWhileEditing = (event: KeyboardEvent<HTMLElement>) => {
    const td = event.currentTarget;
    if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(null);
      td.focus();
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void save(td, (element) => element.focus());
    } else if (event.key === 'Tab') {
      event.preventDefault();
      const step = event.shiftKey ? -1 : 1;
      void save(td, (element) => focusSibling(element, step));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => (draft === null ? keysWhileViewing(event) : keysWhileEditing(event));
  const startEditing = () => editable && draft === null && setDraft(value);
  return { draft, setDraft, saving, onKeyDown, startEditing };
}

export function EditableCell(props: EditableCellProps) {
  const { cell, value, editable, findings = [], highlighted, rowSpan, colSpan, className, view, hint, label } = props;
  const { draft, setDraft, saving, onKeyDown, startEditing } = useCellEditing(props);
  const classes = ['target-cell', editable ? 'editable' : '', highlighted ? 'highlighted' : '', findings.length ? 'has-finding' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <td data-cell={cell} tabIndex={0} rowSpan={rowSpan} colSpan={colSpan} className={classes} onKeyDown={onKeyDown} onDoubleClick={startEditing} aria-label={label}>
      <Marker findings={findings} />
      {draft !== null ? (
        <>
          <Input.TextArea autoFocus autoSize={{ minRows: 1, maxRows: 10 }} value={draft} disabled={saving} onFocus={caretToEnd} onChange={(event) => setDraft(event.target.value)} aria-label={`${label}（编辑中）`} />
          {hint ? <div className="cell-hint">{hint(draft)}</div> : null}
        </>
      ) : (
        (view ?? <span className="cell-text">{value}</span>)
      )}
    </td>
  );
}
