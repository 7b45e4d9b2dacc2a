# frontdesk interface texts (ru): planner.
