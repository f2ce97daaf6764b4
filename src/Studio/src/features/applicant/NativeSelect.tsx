import type { ChangeEvent } from 'react';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  options: { value: string; label: string }[];
  placeholder: string;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** The phone's own picker (a native select): the wheel on iOS, the list sheet on Android, fully accessible. */
export function NativeSelect({ value, onChange, options, placeholder, disabled, id, ...rest }: Props) {
  return (
    <select
      id={id}
      className="m-select"
      value={value ?? ''}
      disabled={disabled}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
      onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange?.(e.target.value || undefined)}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
