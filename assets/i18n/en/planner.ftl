# frontdesk interface texts (en): planner.
