/**
 * Version of the `.generated/` format (every file the converter writes carries
 * it as `formatVersion`). Raise it whenever a schema under src/shared/schemas/
 * changes incompatibly: the site then refuses output written by an older
 * converter instead of misreading it, and the converter writes everything afresh.
 */
export const FORMAT_VERSION = 1;
