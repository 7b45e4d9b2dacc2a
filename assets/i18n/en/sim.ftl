# frontdesk interface texts (en): sim.
