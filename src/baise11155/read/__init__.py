"""Reading what a user gives: the targets file and progress files, into the model's values."""
