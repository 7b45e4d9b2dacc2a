# frontdesk interface texts (en): trainer.
