-- Refresher path (issue 6): a refresher enrolment follows the course file's refresher block.
-- The importer used to store pass mark 100 and 1 question for "no refresher quiz" (and for a
-- course without a refresher block); it now stores 0 and 0, so "no quiz" cannot be mistaken for
-- a one-question quiz. Rows imported before are converted the same way.
UPDATE course_version SET refresher_pass_percent = 0, refresher_questions = 0
 WHERE refresher_pass_percent = 100 AND refresher_questions = 1;
