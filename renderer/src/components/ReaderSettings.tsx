// Runs in the renderer. The reading settings: theme, type size, leading and column width.
import { adjust, LIMITS, preferences, THEMES } from '../model/preferences';
import { savePreferences } from '../model/reading-state';
import type { Theme } from '../../../electron/common/contract';

function Stepper({ label, setting, format }: { label: string; setting: keyof typeof LIMITS; format: (n: number) => string }) {
  const value = preferences.value[setting];
  const limits = LIMITS[setting];
  return (
    <div class="stepper" role="group" aria-label={label}>
      <span class="stepper-label">{label}</span>
      <button type="button" aria-label={`Smaller ${label.toLowerCase()}`} disabled={value <= limits.min} onClick={() => savePreferences(adjust(setting, -1))}>
        −
      </button>
      <output aria-live="polite">{format(value)}</output>
      <button type="button" aria-label={`Larger ${label.toLowerCase()}`} disabled={value >= limits.max} onClick={() => savePreferences(adjust(setting, 1))}>
        +
      </button>
    </div>
  );
}

export function ThemePicker() {
  return (
    <label class="theme-picker">
      <span class="stepper-label">Theme</span>
      <select
        aria-label="Theme"
        value={preferences.value.theme}
        onChange={(event) => {
          preferences.value = { ...preferences.value, theme: event.currentTarget.value as Theme };
          savePreferences(preferences.value);
        }}
      >
        {THEMES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Type size, leading and measure, behind one quiet "Aa" button. */
export function TypeSettings() {
  return (
    <details class="type-settings">
      <summary aria-label="Text settings" title="Text settings">
        Aa
      </summary>
      <div class="type-settings-panel">
        <Stepper label="Text size" setting="fontSize" format={(n) => `${n}px`} />
        <Stepper label="Line height" setting="lineHeight" format={(n) => n.toFixed(1)} />
        <Stepper label="Column width" setting="columnWidth" format={(n) => `${n}`} />
      </div>
    </details>
  );
}
