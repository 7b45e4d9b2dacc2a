# frontdesk interface texts (hu): trainer.
