-- Secondary indexes of rows that many requests change at once no longer hold a column that every such
-- change rewrites (ADR 33). On the embedded H2 (2.2.224, bundled by Payara), writers racing for one row
-- could see the row put back to an older version while such an index kept the newer value; every later
-- UPDATE of that row then failed until LOCK_TIMEOUT. An index whose key an update leaves alone cannot
-- disagree with its row. Dropping and creating the index again also rebuilds it from the table, which
-- repairs a database already damaged this way.

-- Reviews: every write sets updated_at (and version). The team's reviews are few; they are sorted in memory.
drop index review_team;
create index review_team on review (team_id);

-- Action items: every move rewrites status. Owner's and team's lists still start from the index, by due date.
drop index action_item_owner;
create index action_item_owner on action_item (owner_id, due_date);
drop index action_item_team;
create index action_item_team on action_item (team_id, due_date);
