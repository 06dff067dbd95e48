-- The inbox's scope (issue 15, ownership): MINE, DEPARTMENT or ALL, kept with the other inbox filters.
alter table inbox_filter add column scope varchar(10);
