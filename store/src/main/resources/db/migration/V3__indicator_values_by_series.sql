-- Values are stored by series: one row per indicator, level and vintage, holding the territory codes and
-- their values in parallel arrays (ADR 0006). An import touches a few dozen series rows instead of
-- maintaining a four-column primary-key index for every one of millions of values, and the diagnostic
-- reads whole series anyway. Absent numerators and denominators are stored as NaN inside the arrays.
create table indicator_series (
    indicator   text collate "C" not null,
    level       text collate "C" not null,
    vintage     text collate "C" not null,
    codes       text[]             not null,
    value       double precision[] not null,
    numerator   double precision[] not null,
    denominator double precision[] not null,
    import_id   bigint[]           not null,
    primary key (indicator, level, vintage),
    constraint indicator_series_parallel_arrays check (
        cardinality(value) = cardinality(codes)
        and cardinality(numerator) = cardinality(codes)
        and cardinality(denominator) = cardinality(codes)
        and cardinality(import_id) = cardinality(codes))
);
-- the arrays are mostly doubles, which do not compress: storing them uncompressed saves the CPU
alter table indicator_series alter column codes set storage external;
alter table indicator_series alter column value set storage external;
alter table indicator_series alter column numerator set storage external;
alter table indicator_series alter column denominator set storage external;
alter table indicator_series alter column import_id set storage external;

insert into indicator_series (indicator, level, vintage, codes, value, numerator, denominator, import_id)
select indicator, level, vintage,
       array_agg(code order by code),
       array_agg(value order by code),
       array_agg(coalesce(numerator, 'NaN'::double precision) order by code),
       array_agg(coalesce(denominator, 'NaN'::double precision) order by code),
       array_agg(import_id order by code)
from indicator_value
group by indicator, level, vintage;

drop table indicator_value;

-- One row per value, as before, for reading with SQL (reports, external tools). Read-only.
create view indicator_value as
select s.indicator, s.level, v.code, s.vintage, v.value,
       nullif(v.numerator, 'NaN'::double precision)   as numerator,
       nullif(v.denominator, 'NaN'::double precision) as denominator,
       v.import_id
from indicator_series s
     cross join lateral unnest(s.codes, s.value, s.numerator, s.denominator, s.import_id)
         as v (code, value, numerator, denominator, import_id);
