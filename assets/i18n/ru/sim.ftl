# frontdesk interface texts (ru): sim.
