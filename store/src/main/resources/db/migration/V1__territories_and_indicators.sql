-- Territory referential (COG). Codes are unique within a level only.
create table territory (
    level            text   not null,
    code             text   not null,
    name             text   not null,
    population       bigint,
    zone             text   not null,
    region_code      text,
    departement_code text,
    epci_code        text,
    primary key (level, code)
);

-- Commune codes of older COG vintages and the current commune that absorbed them.
create table old_commune_code (
    old_code     text primary key,
    current_code text not null
);

-- The catalogue as last loaded from the repository configuration (for joins and for external tools).
create table indicator (
    code        text primary key,
    label_fr    text not null,
    domain      text not null,
    unit        text not null,
    polarity    text not null,
    aggregation text not null,
    source      text not null
);

-- One line per import attempt that was committed.
create table indicator_import (
    id          bigserial primary key,
    file_name   text        not null,
    format      text        not null,
    sha256      text        not null,
    rows_read   integer     not null,
    inserted    integer     not null,
    updated     integer     not null,
    unchanged   integer     not null,
    warnings    text        not null default '',
    imported_at timestamptz not null default now()
);

-- Published (or imported) values. Aggregates to higher levels are computed in memory, never stored.
create table indicator_value (
    indicator   text             not null references indicator (code),
    level       text             not null,
    code        text             not null,
    vintage     text             not null,
    value       double precision not null,
    numerator   double precision,
    denominator double precision,
    import_id   bigint           not null references indicator_import (id),
    primary key (indicator, level, code, vintage)
);
