-- The clock time an event starts at (issue 15): sheets print "14 h 08", not "0:08". NULL for events
-- created before it was asked; their sheets keep the time from the start of the event.
ALTER TABLE match_event ADD COLUMN start_time TIME;
