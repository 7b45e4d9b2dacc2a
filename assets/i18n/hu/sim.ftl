# frontdesk interface texts (hu): sim.
