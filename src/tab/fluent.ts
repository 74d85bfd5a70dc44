// Fluent UI web components for the tab, as in the Outlook task pane, and Teams' three themes as
// Fluent design tokens: the layer colour and the accent each theme uses. Components derive their
// text, border and focus colours from these, so a theme switch restyles the page at once.
import {
  accentBaseColor,
  baseLayerLuminance,
  fillColor,
  fluentButton,
  fluentCombobox,
  fluentNumberField,
  fluentOption,
  fluentSelect,
  fluentSwitch,
  fluentTextArea,
  fluentTextField,
  neutralLayer1,
  provideFluentDesignSystem,
  SwatchRGB,
} from "@fluentui/web-components";
import type { TabTheme } from "./host.js";

/** Teams' page background and brand colour per theme (the page's CSS uses the same values). */
const THEMES: Record<TabTheme, { background: string; accent: string; luminance: number }> = {
  light: { background: "#ffffff", accent: "#5b5fc7", luminance: 1 },
  dark: { background: "#1f1f1f", accent: "#7f85f5", luminance: 0.0137 },
  contrast: { background: "#000000", accent: "#ffff00", luminance: 0 },
};

function swatch(hex: string): SwatchRGB {
  const n = Number.parseInt(hex.slice(1), 16);
  return SwatchRGB.create(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

let registered = false;

export function registerFluent(): void {
  if (registered) return;
  registered = true;
  provideFluentDesignSystem().register(
    fluentButton(),
    fluentCombobox(),
    fluentNumberField(),
    fluentOption(),
    fluentSelect(),
    fluentSwitch(),
    fluentTextArea(),
    fluentTextField(),
  );
}

/** Sets the page's theme attribute (for its own CSS) and the Fluent tokens of that Teams theme. */
export function applyFluentTheme(theme: TabTheme): void {
  const t = THEMES[theme] ?? THEMES.light;
  document.documentElement.dataset.theme = theme;
  baseLayerLuminance.withDefault(t.luminance);
  accentBaseColor.withDefault(swatch(t.accent));
  neutralLayer1.withDefault(swatch(t.background));
  fillColor.withDefault(swatch(t.background));
}

interface FilterableOption {
  text: string;
  hidden: boolean;
  /** More words it answers to than its text (data-search): a zone's names and offset. */
  dataset?: DOMStringMap;
}

interface FilterableCombobox extends HTMLElement {
  filter: string;
  filteredOptions: FilterableOption[];
  _options: FilterableOption[];
  filterOptions(): void;
}

/**
 * Makes a Fluent combobox match what is typed anywhere in an option, word by word ("berlin",
 * "new york"), where FAST matches only the start ("Europe/Be…"). Replaces the instance's
 * filterOptions, which FAST calls on every keystroke.
 */
export function searchAnywhere(element: HTMLElement, alsoCalled?: (text: string) => string): void {
  const combobox = element as FilterableCombobox;
  combobox.filterOptions = function filterOptions(this: FilterableCombobox) {
    const words = (this.filter ?? "")
      .toLowerCase()
      .split(/[\s/_,-]+/)
      .filter(Boolean);
    const all = this._options ?? [];
    const matches = (option: FilterableOption) => {
      // Worked out on the first search, not when the form is built: a few hundred options.
      if (alsoCalled && option.dataset && option.dataset.search === undefined) option.dataset.search = alsoCalled(option.text);
      const haystack = `${option.text} ${option.dataset?.search ?? ""}`.toLowerCase().replace(/_/g, " ");
      return words.every((word) => haystack.includes(word));
    };
    this.filteredOptions = words.length ? all.filter(matches) : all;
    for (const option of all) option.hidden = !this.filteredOptions.includes(option);
  };
}
