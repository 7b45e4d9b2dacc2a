# frontdesk interface texts (uk): planner.
