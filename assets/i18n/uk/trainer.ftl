# frontdesk interface texts (uk): trainer.
