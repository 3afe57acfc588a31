-- The speed-dating data version (V1_1) follows every change of events, participants, meetings, wishes.
SELECT phare_version_table('match_event', 'matching');
SELECT phare_version_table('match_participant', 'matching');
SELECT phare_version_table('match_meeting', 'matching');
SELECT phare_version_table('match_break', 'matching');
SELECT phare_version_table('match_wish', 'matching');
