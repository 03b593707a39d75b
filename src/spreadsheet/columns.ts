/**
 * The most columns a spreadsheet has: Excel's limit (Microsoft, "Excel specifications and limits",
 * 16,384 columns, A to XFD; exceljs refuses a cell beyond it). A CSV can have any number, but none a
 * spreadsheet program wrote has more, and readers that take a header cell by cell stop here rather
 * than make something of each of five million.
 */
export const MAX_COLUMNS = 16_384;
