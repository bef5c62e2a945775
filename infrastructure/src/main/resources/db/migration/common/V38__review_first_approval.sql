-- Where a second leader must approve a review, the first leader's approval is kept until the second one
-- (or until the review goes back to drafting).
alter table review add column first_approved_by varchar(36);
alter table review add column first_approved_at timestamp with time zone;
