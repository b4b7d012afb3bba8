//! Event understanding, table-driven: type, site, fatalities, date.
