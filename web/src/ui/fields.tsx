import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange(value: string): void;
}

/** A labelled input for filter bars and forms. */
export function TextField({ label, value, onChange, className, ...rest }: FieldProps) {
  const id = useId();
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)} {...rest} />
    </div>
  );
}

export function DateTimeField(props: Omit<FieldProps, 'type'>) {
  return <TextField type="datetime-local" step={1} {...props} />;
}

/** A row of filters with Apply and Clear, applied only on submit. */
export function FilterBar({ label, children, onApply, onClear }: { label: string; children: ReactNode; onApply(): void; onClear(): void }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with the search role is what assistive technology announces today; <search> is too new.
    <form
      className="card filter-bar"
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <div className="filter-bar__fields">{children}</div>
      <div className="filter-bar__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button type="button" className="button button--ghost" onClick={onClear}>
          Clear
        </button>
      </div>
    </form>
  );
}
