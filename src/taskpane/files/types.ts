/** Types shared by ./file-operations (the pane's side) and ./xlsx-tasks (the lazily loaded chunk), so neither imports the other's types. */

export interface PortableOptions {
  /** Document title of the saved workbook. */
  readonly title?: string;
}
