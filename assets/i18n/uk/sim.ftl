# frontdesk interface texts (uk): sim.
