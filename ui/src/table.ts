// The data tables of the window and the phone page, in the Utrecht table
// style: a caption, column heads, and rows whose first cell heads the row.
import { el } from "./dom";
import { roleName } from "./i18n";

export const CELL = "utrecht-table__cell";
/** A cell holding a number: right-aligned, tabular figures. */
export const NUMBER_CELL = `${CELL} utrecht-table__cell--numeric-data`;

/** A column: its head, and whether it holds numbers. */
export interface Column {
  readonly head: string;
  readonly numeric?: boolean;
}

/** A table; `captionId` lets something else point at its caption. */
export function dataTable(
  id: string,
  caption: string,
  columns: readonly Column[],
  rows: readonly HTMLTableRowElement[],
  captionId?: string,
): HTMLTableElement {
  return el(
    "table",
    { class: "utrecht-table utrecht-table--html-table rs-scores", id },
    el("caption", { class: "utrecht-table__caption", id: captionId }, caption),
    el(
      "thead",
      { class: "utrecht-table__header" },
      el(
        "tr",
        { class: "utrecht-table__row" },
        ...columns.map((c) =>
          el("th", { scope: "col", class: `utrecht-table__header-cell${c.numeric ? " utrecht-table__header-cell--numeric-column" : ""}` }, c.head),
        ),
      ),
    ),
    el("tbody", { class: "utrecht-table__body" }, ...rows),
  );
}

/** A row's head naming a role, with its colour swatch. */
export function roleHead(role: string): HTMLTableCellElement {
  return el(
    "th",
    { scope: "row", class: "utrecht-table__header-cell" },
    el("span", { class: `rs-swatch rs-swatch--${role}`, "aria-hidden": "true" }),
    roleName(role),
  );
}
