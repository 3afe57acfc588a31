-- Data versions of the registry and the accounts (see V10): their tables exist from V20 and V21.

SELECT phare_version_table('eco_organisation', 'registry');
SELECT phare_version_table('eco_partnership', 'registry');
SELECT phare_version_table('eco_partnership_member', 'registry');
SELECT phare_version_table('eco_initiative', 'registry');
SELECT phare_version_table('eco_initiative_participant', 'registry');
SELECT phare_version_table('eco_evaluation', 'registry');
SELECT phare_version_table('eco_evaluation_answer', 'registry');

-- Accounts, their territories and the settings (public read changes what anonymous visitors see);
-- sessions and login attempts change on every sign-in and show on no cached page.
SELECT phare_version_table('acc_account', 'accounts');
SELECT phare_version_table('acc_account_territory', 'accounts');
SELECT phare_version_table('acc_setting', 'accounts');
