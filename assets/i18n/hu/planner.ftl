# frontdesk interface texts (hu): planner.
