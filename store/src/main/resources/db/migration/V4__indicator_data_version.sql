-- The indicators' data version (V1_1) follows every change of territories, the catalogue and values.
SELECT phare_version_table('indicator', 'indicators');
SELECT phare_version_table('indicator_series', 'indicators');
SELECT phare_version_table('territory', 'indicators');
