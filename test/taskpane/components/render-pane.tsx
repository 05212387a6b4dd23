/**
 * What every section test needs: a section rendered in jsdom inside Fluent's provider, a fake Excel gateway that
 * records what it is asked to build, and the clerk's actions (click, type, pick a choice) wrapped in act.
 * Not a test file: the section tests import it.
 */
import { useState, type ReactElement, type ReactNode } from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetLayout } from "../../../src/sheets/layout";
import { createFileOperations } from "../../../src/taskpane/files/file-operations";
import { paneStrings, type PaneStrings } from "../../../src/taskpane/i18n";
import type {
  BuildSheetsResult,
  DisplayLanguage,
  ExcelGateway,
} from "../../../src/taskpane/office/excel-gateway";
import type { SectionProps } from "../../../src/taskpane/components/SheetSection";
import { EMPTY_EVENT, type EventDraft } from "../../../src/taskpane/state/event-form";
import { INITIAL_EVENT_DRAFTS, withEvent } from "../../../src/taskpane/state/event-drafts";
import { bundledScenarioData } from "../../../src/taskpane/state/scenario-data";
import {
  defaultSettingsState,
  toBuildSettings,
  type SettingsState,
} from "../../../src/taskpane/state/settings";

(globalThis as Record<string, unknown>).IS_REACT_ACT_ENVIRONMENT = true;
// Role queries skip the visibility check (a getComputedStyle per element): the previews are large tables, and the
// sections render nothing hidden that a test looks for (collapsed panels and closed lists are not in the DOM).
configure({ defaultHidden: true });
// A whole section with its preview takes seconds in jsdom on two cores.
jest.setTimeout(30_000);
// jsdom has no layout: Fluent's MessageBar and positioning only observe sizes.
(window as unknown as Record<string, unknown>).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

export interface FakeGatewayOptions {
  readonly isInExcel?: boolean;
  readonly language?: DisplayLanguage;
  readonly customFunctions?: boolean;
  /** buildSheets rejects with this instead of writing. */
  readonly failure?: unknown;
  /** insertFormula rejects with this instead of writing. */
  readonly insertFailure?: unknown;
  /** buildSheets reports this progress, then waits for `finish()` before it resolves. */
  readonly holdWith?: { readonly message: string; readonly fraction: number };
}

export interface FakeGateway extends ExcelGateway {
  /** The layouts of each buildSheets call, in order. */
  readonly built: (readonly SheetLayout[])[];
  /** The formulas of each insertFormula call, in order. */
  readonly inserted: string[];
  /** Lets a held build resolve. */
  finish(): void;
}

/** An Excel that writes nothing: it answers each build with the layouts' own names (or the given failure). */
export function fakeGateway(options: FakeGatewayOptions = {}): FakeGateway {
  const built: (readonly SheetLayout[])[] = [];
  const inserted: string[] = [];
  let release: () => void = () => undefined;
  const isInExcel = options.isInExcel ?? true;
  return {
    isInExcel,
    displayLanguage: options.language ?? "ja",
    customFunctions: options.customFunctions ?? isInExcel,
    built,
    inserted,
    finish: () => release(),
    async insertFormula(formula) {
      inserted.push(formula);
      if (options.insertFailure !== undefined) throw options.insertFailure;
    },
    async buildSheets(layouts, onProgress): Promise<BuildSheetsResult> {
      built.push(layouts);
      if (options.holdWith) {
        onProgress?.(options.holdWith.message, options.holdWith.fraction);
        await new Promise<void>((resolve) => (release = resolve));
      }
      if (options.failure !== undefined) throw options.failure;
      return { sheets: layouts.map((l) => ({ key: l.key, name: l.name })), warnings: [], syncs: 1 };
    },
  };
}

function Providers({ children }: { readonly children: ReactNode }) {
  return <FluentProvider theme={webLightTheme}>{children}</FluentProvider>;
}

/** Renders `ui` as the pane does (inside FluentProvider). */
export function renderInPane(ui: ReactElement) {
  return render(ui, { wrapper: Providers });
}

/** A parent that owns a section's form, as App does. */
export function Stateful<T>({
  initial,
  children,
}: {
  readonly initial: T;
  readonly children: (value: T, setValue: (next: T | ((old: T) => T)) => void) => ReactNode;
}) {
  const [value, setValue] = useState<T>(initial);
  return <>{children(value, setValue)}</>;
}

/** The props App gives the event sections (sheet, questionnaire, collect, disclosure), the event owned by a parent. */
export function renderEventSection(
  Section: (props: SectionProps) => ReactElement,
  gateway: ExcelGateway,
  event: EventDraft = EMPTY_EVENT,
  settings: SettingsState = defaultSettingsState()
) {
  const language = gateway.displayLanguage;
  const fixed = {
    gateway,
    data: bundledScenarioData(),
    language,
    strings: paneStrings(language),
    settings: toBuildSettings(settings),
    files: createFileOperations(),
  };
  // The shared event drafts as App keeps them: the event typed, the scenario and choices shared by the sections.
  const initial = withEvent(event)(INITIAL_EVENT_DRAFTS);
  return renderInPane(
    <Stateful initial={initial}>
      {(drafts, setDrafts) => (
        <Section
          {...fixed}
          event={drafts.shared.event}
          onEventChange={(next) => setDrafts(withEvent(next))}
          drafts={drafts}
          onDraftsChange={setDrafts}
        />
      )}
    </Stateful>
  );
}

export const ja: PaneStrings = paneStrings("ja");
export const en: PaneStrings = paneStrings("en");

export const button = (name: string | RegExp) => screen.getByRole("button", { name });

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

/** Types `value` into the text box labelled `label` (the n-th one when several share the label). */
export function type(label: string | RegExp, value: string, nth = 0): void {
  const box = screen.getAllByLabelText(label)[nth];
  if (!box) throw new Error(`no field ${String(label)}`);
  fireEvent.change(box, { target: { value } });
}

/** Opens the drop-down labelled `label` and picks the option named `option`. */
export async function choose(label: string | RegExp, option: string | RegExp): Promise<void> {
  await click(screen.getByRole("combobox", { name: label }));
  await click(screen.getByRole("option", { name: option }));
}

/** The text under the field labelled `label`: its validation message or hint. */
export function fieldMessage(label: string | RegExp, nth = 0): string {
  const box = screen.getAllByLabelText(label)[nth];
  const field = box?.closest(".fui-Field");
  const message = field?.querySelector(".fui-Field__validationMessage, .fui-Field__hint");
  return message?.textContent ?? "";
}

/** The names of the sheets the open preview shows: its tabs, or the one sheet's name. */
export function shownSheetNames(strings: PaneStrings = ja): string[] {
  const area = screen.getByRole("region", { name: strings.previewHeading });
  const tabs = within(area).queryByRole("tablist", { name: strings.previewSheets });
  if (tabs)
    return (
      within(tabs)
        .getAllByRole("tab")
        // A Fluent tab holds its text twice (the second reserves the bold width).
        .map((t) => t.querySelector(".fui-Tab__content")?.textContent ?? "")
    );
  return within(area)
    .getAllByTestId("layout-preview")
    .map((p) => p.getAttribute("data-sheet-name") ?? "");
}

/** Opens the preview and returns the names of the sheets it shows. */
export async function previewSheetNames(strings: PaneStrings = ja): Promise<string[]> {
  await click(button(strings.preview));
  return shownSheetNames(strings);
}

/** Points at `element` and returns the tooltip that appears (Fluent shows it after a delay). */
export async function tooltipOf(element: HTMLElement): Promise<HTMLElement> {
  await act(async () => {
    fireEvent.pointerEnter(element);
  });
  return screen.findByRole("tooltip");
}

/** The build button: enabled inside Excel, aria-disabled with the reason outside. */
export const buildButton = (strings: PaneStrings = ja, label = strings.build) =>
  screen.getByRole("button", { name: label });

/** Presses build and waits until the gateway's answer is shown. */
export async function buildAndSettle(
  gateway: FakeGateway,
  strings: PaneStrings = ja,
  label = strings.build
): Promise<void> {
  const calls = gateway.built.length;
  await click(buildButton(strings, label));
  await waitFor(() => expect(gateway.built.length).toBe(calls + 1));
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
}

/** The error bars (role alert) shown now, as text. */
export const alerts = (): string[] =>
  screen.queryAllByRole("alert").map((a) => a.textContent ?? "");
