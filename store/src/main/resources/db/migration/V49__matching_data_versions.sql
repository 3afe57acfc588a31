-- Data versions of the speed-dating events (see V10): their tables exist from V40.

SELECT phare_version_table('match_event', 'matching');
SELECT phare_version_table('match_participant', 'matching');
SELECT phare_version_table('match_meeting', 'matching');
SELECT phare_version_table('match_break', 'matching');
SELECT phare_version_table('match_wish', 'matching');
