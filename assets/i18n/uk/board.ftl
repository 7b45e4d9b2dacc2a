# frontdesk interface texts (uk): board.
