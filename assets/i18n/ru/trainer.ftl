# frontdesk interface texts (ru): trainer.
